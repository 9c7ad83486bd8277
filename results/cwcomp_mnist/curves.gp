# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 2.23 2.23 2.23
2 1.64 1.64 1.64
3 1.53 1.53 1.53
4 1.53 1.53 1.53
5 1.24 1.24 1.24
EOD
$c0_1 << EOD
1 4.246 4.246 4.246
2 1.762 1.762 1.762
3 1.196 1.196 1.196
4 0.81 0.81 0.81
5 0.812 0.812 0.812
EOD
$c1_0 << EOD
1 2.44 2.44 2.44
2 2.19 2.19 2.19
3 1.52 1.52 1.52
4 1.56 1.56 1.56
5 1.42 1.42 1.42
6 1.29 1.29 1.29
7 1.12 1.12 1.12
8 1.15 1.15 1.15
9 1.01 1.01 1.01
10 1.34 1.34 1.34
11 1.05 1.05 1.05
12 0.81 0.81 0.81
13 0.99 0.99 0.99
14 1.05 1.05 1.05
15 1.12 1.12 1.12
16 1.06 1.06 1.06
17 1.02 1.02 1.02
18 0.98 0.98 0.98
19 0.89 0.89 0.89
20 1.07 1.07 1.07
EOD
$c1_1 << EOD
1 4.21 4.21 4.21
2 1.746 1.746 1.746
3 1.144 1.144 1.144
4 0.996 0.996 0.996
5 0.732 0.732 0.732
6 0.658 0.658 0.658
7 0.54 0.54 0.54
8 0.414 0.414 0.414
9 0.492 0.492 0.492
10 0.352 0.352 0.352
11 0.314 0.314 0.314
12 0.364 0.364 0.364
13 0.226 0.226 0.226
14 0.34 0.34 0.34
15 0.27 0.27 0.27
16 0.244 0.244 0.244
17 0.236 0.236 0.236
18 0.252 0.252 0.252
19 0.124 0.124 0.124
20 0.182 0.182 0.182
EOD
$c2_0 << EOD
1 14.6 14.6 14.6
2 3.15 3.15 3.15
3 3.05 3.05 3.05
4 2.54 2.54 2.54
5 1.68 1.68 1.68
EOD
$c2_1 << EOD
1 9.244 9.244 9.244
2 3.682 3.682 3.682
3 2.42 2.42 2.42
4 1.862 1.862 1.862
5 1.08 1.08 1.08
EOD
$c3_0 << EOD
1 5.7 5.7 5.7
2 5.15 5.15 5.15
3 3.52 3.52 3.52
4 2.23 2.23 2.23
5 1.61 1.61 1.61
6 1.64 1.64 1.64
7 1.61 1.61 1.61
8 1.62 1.62 1.62
9 1.59 1.59 1.59
10 1.55 1.55 1.55
11 1.61 1.61 1.61
12 1.57 1.57 1.57
13 1.64 1.64 1.64
14 1.55 1.55 1.55
15 1.6 1.6 1.6
16 1.6 1.6 1.6
17 1.6 1.6 1.6
18 1.65 1.65 1.65
19 1.61 1.61 1.61
20 1.6 1.6 1.6
EOD
$c3_1 << EOD
1 9.262 9.262 9.262
2 3.608 3.608 3.608
3 2.466 2.466 2.466
4 1.928 1.928 1.928
5 1.114 1.114 1.114
6 0.796 0.796 0.796
7 0.8 0.8 0.8
8 0.818 0.818 0.818
9 0.806 0.806 0.806
10 0.778 0.778 0.778
11 0.832 0.832 0.832
12 0.82 0.82 0.82
13 0.81 0.81 0.81
14 0.85 0.85 0.85
15 0.806 0.806 0.806
16 0.814 0.814 0.814
17 0.802 0.802 0.802
18 0.804 0.804 0.804
19 0.79 0.79 0.79
20 0.8 0.8 0.8
EOD
$c4_0 << EOD
1 7.75 7.75 7.75
2 4.35 4.35 4.35
3 3.47 3.47 3.47
4 2.06 2.06 2.06
5 1.67 1.67 1.67
6 1.7 1.7 1.7
7 1.75 1.75 1.75
8 1.71 1.71 1.71
9 1.68 1.68 1.68
10 1.78 1.78 1.78
11 1.71 1.71 1.71
12 1.69 1.69 1.69
13 1.63 1.63 1.63
14 1.76 1.76 1.76
15 1.69 1.69 1.69
16 1.69 1.69 1.69
17 1.75 1.75 1.75
18 1.73 1.73 1.73
19 1.75 1.75 1.75
20 1.74 1.74 1.74
EOD
$c4_1 << EOD
1 4.228 4.228 4.228
2 2.078 2.078 2.078
3 1.398 1.398 1.398
4 1.056 1.056 1.056
5 0.856 0.856 0.856
6 1.14 1.14 1.14
7 0.516 0.516 0.516
8 0.444 0.444 0.444
9 0.288 0.288 0.288
10 0.316 0.316 0.316
11 0.248 0.248 0.248
12 0.208 0.208 0.208
13 0.172 0.172 0.172
14 0.154 0.154 0.154
15 0.138 0.138 0.138
16 0.148 0.148 0.148
17 0.092 0.092 0.092
18 0.112 0.112 0.112
19 0.078 0.078 0.078
20 0.07 0.07 0.07
EOD
set terminal svg size 900,560 dynamic font 'Helvetica,12'
set output 'curves.svg'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xtics 1
set xrange [0.8:20.2]
set logscale y
set yrange [0.1:20]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'cwcomp\_mnist: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_20ep', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'cwcomp', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'cwcomp\_20ep', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'cwcomp\_readout', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
set terminal pngcairo size 900,560 font 'Helvetica,10'
set output 'curves.png'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xtics 1
set xrange [0.8:20.2]
set logscale y
set yrange [0.1:20]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'cwcomp\_mnist: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_20ep', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'cwcomp', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'cwcomp\_20ep', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'cwcomp\_readout', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
set terminal pdfcairo size 3.5in,3.2in font 'Helvetica,6' linewidth 0.6
set output 'curves.pdf'
set linetype 1 lc rgb '#1f77b4'
set linetype 2 lc rgb '#d62728'
set linetype 3 lc rgb '#2ca02c'
set linetype 4 lc rgb '#9467bd'
set linetype 5 lc rgb '#ff7f0e'
set linetype 6 lc rgb '#17becf'
set xlabel 'epoch'
set ylabel 'error (%)'
set grid
set datafile missing 'NaN'
set xtics 1
set xrange [0.8:20.2]
set logscale y
set yrange [0.1:20]
set ytics ('0.1' 0.1, '0.2' 0.2, '0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20)
set bmargin
set title 'cwcomp\_mnist: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 1 title 'bp', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 2 title 'bp\_20ep', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 3 title 'cwcomp', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 4 title 'cwcomp\_20ep', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 0.4 lc 5 title 'cwcomp\_readout', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
