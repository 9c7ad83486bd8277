# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
10 54.6 54.6 54.6
EOD
$c0_1 << EOD
1 74.06 74.06 74.06
2 65.67 65.67 65.67
3 60.95 60.95 60.95
4 60.74 60.74 60.74
5 57.68 57.68 57.68
6 56.01 56.01 56.01
7 51.25 51.25 51.25
8 45.36 45.36 45.36
9 38.49 38.49 38.49
10 31.79 31.79 31.79
EOD
$c1_0 << EOD
10 55.9 55.9 55.9
EOD
$c1_1 << EOD
1 73.02 73.02 73.02
2 63.08 63.08 63.08
3 56.87 56.87 56.87
4 60.49 60.49 60.49
5 52.95 52.95 52.95
6 49.04 49.04 49.04
7 44.04 44.04 44.04
8 37.55 37.55 37.55
9 30.91 30.91 30.91
10 23.05 23.05 23.05
EOD
$c2_0 << EOD
10 53.28 53.28 53.28
EOD
$c2_1 << EOD
1 72.96 72.96 72.96
2 66.8 66.8 66.8
3 63.11 63.11 63.11
4 61.8 61.8 61.8
5 59.97 59.97 59.97
6 59.12 59.12 59.12
7 53.86 53.86 53.86
8 49.05 49.05 49.05
9 40.67 40.67 40.67
10 32.51 32.51 32.51
EOD
$c3_0 << EOD
10 52.58 52.58 52.58
EOD
$c3_1 << EOD
1 73.01 73.01 73.01
2 63.8 63.8 63.8
3 59.47 59.47 59.47
4 59.16 59.16 59.16
5 56.83 56.83 56.83
6 54.95 54.95 54.95
7 48.57 48.57 48.57
8 42.54 42.54 42.54
9 35.3 35.3 35.3
10 27.09 27.09 27.09
EOD
$c4_0 << EOD
10 57.68 57.68 57.68
EOD
$c4_1 << EOD
1 74.55 74.55 74.55
2 63.91 63.91 63.91
3 59.19 59.19 59.19
4 58.77 58.77 58.77
5 57.96 57.96 57.96
6 52.02 52.02 52.02
7 46.89 46.89 46.89
8 42.32 42.32 42.32
9 35.9 35.9 35.9
10 28.12 28.12 28.12
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
set xrange [0.8:10.2]
set yrange [18.93:78.67]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'cifar10\_ff\_choices: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'baseline\_reduced', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'label\_strength3\_lr0.003\_reduced', \
     $c1_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'label\_strength3\_lr0.03\_reduced', \
     $c2_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'label\_strength3\_reduced', \
     $c3_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'lr0.003\_reduced', \
     $c4_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
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
set xrange [0.8:10.2]
set yrange [18.93:78.67]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.044 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set bmargin 6
set title 'cifar10\_ff\_choices: learning curves'
set key outside right top Left reverse samplen 2
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'baseline\_reduced', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'label\_strength3\_lr0.003\_reduced', \
     $c1_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'label\_strength3\_lr0.03\_reduced', \
     $c2_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'label\_strength3\_reduced', \
     $c3_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'lr0.003\_reduced', \
     $c4_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
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
set xrange [0.8:10.2]
set yrange [18.93:78.67]
set bmargin
set title 'cifar10\_ff\_choices: learning curves'
set key below maxrows 6 samplen 1.5 font ',5'
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'baseline\_reduced', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'label\_strength3\_lr0.003\_reduced', \
     $c1_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'label\_strength3\_lr0.03\_reduced', \
     $c2_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'label\_strength3\_reduced', \
     $c3_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'lr0.003\_reduced', \
     $c4_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
unset output
