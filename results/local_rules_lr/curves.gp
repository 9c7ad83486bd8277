# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 6.18 6.18 6.18
2 4.25 4.25 4.25
EOD
$c0_1 << EOD
1 12.286 12.286 12.286
2 4.75 4.75 4.75
EOD
$c1_0 << EOD
1 4.48 4.48 4.48
2 3.17 3.17 3.17
EOD
$c1_1 << EOD
1 9.062 9.062 9.062
2 3.028 3.028 3.028
EOD
$c2_0 << EOD
1 4.04 4.04 4.04
2 3.06 3.06 3.06
EOD
$c2_1 << EOD
1 7.684 7.684 7.684
2 2.954 2.954 2.954
EOD
$c3_0 << EOD
1 6.48 6.48 6.48
2 4.77 4.77 4.77
EOD
$c3_1 << EOD
1 11.264 11.264 11.264
2 5.322 5.322 5.322
EOD
$c4_0 << EOD
1 10.9 10.9 10.9
2 8.71 8.71 8.71
EOD
$c4_1 << EOD
1 24.256 24.256 24.256
2 9.438 9.438 9.438
EOD
$c5_0 << EOD
1 13.79 13.79 13.79
2 8.55 8.55 8.55
EOD
$c5_1 << EOD
1 28.914 28.914 28.914
2 13.364 13.364 13.364
EOD
$c6_0 << EOD
1 20.11 20.11 20.11
2 12.71 12.71 12.71
EOD
$c6_1 << EOD
1 31.312 31.312 31.312
2 15.006 15.006 15.006
EOD
$c7_0 << EOD
1 20.99 20.99 20.99
2 17.73 17.73 17.73
EOD
$c7_1 << EOD
1 44.676 44.676 44.676
2 19.196 19.196 19.196
EOD
$c8_0 << EOD
1 90.59 90.59 90.59
2 90.59 90.59 90.59
EOD
$c8_1 << EOD
1 89.94 89.94 89.94
2 89.994 89.994 89.994
EOD
$c9_0 << EOD
1 90.55 90.55 90.55
2 90.62 90.62 90.62
EOD
$c9_1 << EOD
1 90.008 90.008 90.008
2 90.046 90.046 90.046
EOD
$c10_0 << EOD
1 90.62 90.62 90.62
EOD
$c10_1 << EOD
1 89.692 89.692 89.692
EOD
$c11_0 << EOD
1 11.29 11.29 11.29
2 9.45 9.45 9.45
EOD
$c11_1 << EOD
1 24.018 24.018 24.018
2 10.424 10.424 10.424
EOD
$c12_0 << EOD
1 9.6 9.6 9.6
2 8.78 8.78 8.78
EOD
$c12_1 << EOD
1 18.006 18.006 18.006
2 8.874 8.874 8.874
EOD
$c13_0 << EOD
1 9 9 9
2 7.77 7.77 7.77
EOD
$c13_1 << EOD
1 17.42 17.42 17.42
2 8.842 8.842 8.842
EOD
$c14_0 << EOD
1 9.25 9.25 9.25
2 15.01 15.01 15.01
EOD
$c14_1 << EOD
1 20.478 20.478 20.478
2 10.904 10.904 10.904
EOD
$c15_0 << EOD
1 11.04 11.04 11.04
2 7.68 7.68 7.68
EOD
$c15_1 << EOD
1 11.406 11.406 11.406
2 5.03 5.03 5.03
EOD
$c16_0 << EOD
1 9.03 9.03 9.03
2 5.02 5.02 5.02
EOD
$c16_1 << EOD
1 18.872 18.872 18.872
2 7.608 7.608 7.608
EOD
$c17_0 << EOD
1 90.9 90.9 90.9
2 66.74 66.74 66.74
EOD
$c17_1 << EOD
1 73.622 73.622 73.622
2 80.154 80.154 80.154
EOD
$c18_0 << EOD
1 86.43 86.43 86.43
2 79.14 79.14 79.14
EOD
$c18_1 << EOD
1 9.094 9.094 9.094
2 4.8 4.8 4.8
EOD
$c19_0 << EOD
1 73.5 73.5 73.5
2 66.13 66.13 66.13
EOD
$c19_1 << EOD
1 8.876 8.876 8.876
2 4.736 4.736 4.736
EOD
$c20_0 << EOD
1 67.55 67.55 67.55
2 65.28 65.28 65.28
EOD
$c20_1 << EOD
1 9.526 9.526 9.526
2 5.948 5.948 5.948
EOD
$c21_0 << EOD
1 90.62 90.62 90.62
2 89.77 89.77 89.77
EOD
$c21_1 << EOD
1 78.652 78.652 78.652
2 89.906 89.906 89.906
EOD
$c22_0 << EOD
1 89.88 89.88 89.88
EOD
$c22_1 << EOD
1 85.532 85.532 85.532
EOD
$c23_0 << EOD
1 7.77 7.77 7.77
2 5.75 5.75 5.75
EOD
$c23_1 << EOD
1 16.536 16.536 16.536
2 6.562 6.562 6.562
EOD
$c24_0 << EOD
1 4.69 4.69 4.69
2 3.66 3.66 3.66
EOD
$c24_1 << EOD
1 12.252 12.252 12.252
2 4.066 4.066 4.066
EOD
$c25_0 << EOD
1 3.94 3.94 3.94
2 2.88 2.88 2.88
EOD
$c25_1 << EOD
1 9.84 9.84 9.84
2 2.984 2.984 2.984
EOD
$c26_0 << EOD
1 6.89 6.89 6.89
2 4.77 4.77 4.77
EOD
$c26_1 << EOD
1 10.528 10.528 10.528
2 4.76 4.76 4.76
EOD
$c27_0 << EOD
1 15.17 15.17 15.17
2 12.62 12.62 12.62
EOD
$c27_1 << EOD
1 25.882 25.882 25.882
2 13.712 13.712 13.712
EOD
$c28_0 << EOD
1 11.53 11.53 11.53
2 9.54 9.54 9.54
EOD
$c28_1 << EOD
1 19.11 19.11 19.11
2 10.548 10.548 10.548
EOD
$c29_0 << EOD
1 90.62 90.62 90.62
EOD
$c29_1 << EOD
1 24.484 24.484 24.484
EOD
set terminal svg size 1300,1260 dynamic font 'Helvetica,12'
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
set xrange [0.8:2.2]
set logscale y
set yrange [2:100]
set ytics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0262857 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'local\_rules\_lr: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.304233
set origin 0, 0.664021
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'bp\_lr0.01', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'bp\_lr0.03', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'bp\_lr0.1', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'bp\_lr0.3', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'dfa\_lr0.001', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'dfa\_lr0.003', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.304233
set origin 0.5, 0.664021
plot $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'dfa\_lr0.01', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'dfa\_lr0.03', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'drtp\_lr0.001', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'drtp\_lr0.003', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'drtp\_lr0.01', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 5 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'drtp\_tanh\_lr0.003', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.359788
plot $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'drtp\_tanh\_lr0.01', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c13_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'drtp\_tanh\_lr0.03', \
     $c13_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c14_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'drtp\_tanh\_lr0.1', \
     $c14_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c15_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'ff\_lr0.003', \
     $c15_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c16_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'ff\_lr0.01', \
     $c16_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c17_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'ff\_lr0.03', \
     $c17_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.359788
plot $c18_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'ff\_symba\_lr0.003', \
     $c18_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c19_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'ff\_symba\_lr0.01', \
     $c19_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c20_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'ff\_symba\_lr0.03', \
     $c20_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c21_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'ff\_symba\_lr0.1', \
     $c21_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c22_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'ff\_symba\_lr0.3', \
     $c22_1 using 1:($2 > 0 ? $2 : NaN) with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 5 notitle, \
     $c23_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'local\_head\_lr0.01', \
     $c23_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.0555556
plot $c24_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'local\_head\_lr0.03', \
     $c24_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c25_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'local\_head\_lr0.1', \
     $c25_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c26_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'local\_head\_lr0.3', \
     $c26_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c27_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'pepita\_lr0.01', \
     $c27_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c28_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'pepita\_lr0.03', \
     $c28_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c29_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'pepita\_lr0.1', \
     $c29_1 using 1:($2 > 0 ? $2 : NaN) with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
set terminal pngcairo size 1300,1260 font 'Helvetica,10'
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
set xrange [0.8:2.2]
set logscale y
set yrange [2:100]
set ytics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0262857 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'local\_rules\_lr: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.304233
set origin 0, 0.664021
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'bp\_lr0.01', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'bp\_lr0.03', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'bp\_lr0.1', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'bp\_lr0.3', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'dfa\_lr0.001', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'dfa\_lr0.003', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.304233
set origin 0.5, 0.664021
plot $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'dfa\_lr0.01', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'dfa\_lr0.03', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'drtp\_lr0.001', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'drtp\_lr0.003', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'drtp\_lr0.01', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 5 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'drtp\_tanh\_lr0.003', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.359788
plot $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'drtp\_tanh\_lr0.01', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c13_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'drtp\_tanh\_lr0.03', \
     $c13_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c14_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'drtp\_tanh\_lr0.1', \
     $c14_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c15_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'ff\_lr0.003', \
     $c15_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c16_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'ff\_lr0.01', \
     $c16_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c17_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'ff\_lr0.03', \
     $c17_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.359788
plot $c18_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'ff\_symba\_lr0.003', \
     $c18_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c19_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'ff\_symba\_lr0.01', \
     $c19_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c20_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'ff\_symba\_lr0.03', \
     $c20_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c21_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'ff\_symba\_lr0.1', \
     $c21_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c22_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'ff\_symba\_lr0.3', \
     $c22_1 using 1:($2 > 0 ? $2 : NaN) with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 5 notitle, \
     $c23_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'local\_head\_lr0.01', \
     $c23_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.0555556
plot $c24_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'local\_head\_lr0.03', \
     $c24_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c25_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'local\_head\_lr0.1', \
     $c25_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c26_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'local\_head\_lr0.3', \
     $c26_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c27_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'pepita\_lr0.01', \
     $c27_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c28_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'pepita\_lr0.03', \
     $c28_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c29_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'pepita\_lr0.1', \
     $c29_1 using 1:($2 > 0 ? $2 : NaN) with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
set terminal pdfcairo size 7in,7in font 'Helvetica,6' linewidth 0.6
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
set xrange [0.8:2.2]
set logscale y
set yrange [2:100]
set ytics ('2' 2, '5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set bmargin
set multiplot title 'local\_rules\_lr: learning curves'
set key below horizontal Left reverse samplen 1.5 font ',5'
set size 0.5, 0.304233
set origin 0, 0.664021
plot $c0_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'bp\_lr0.01', \
     $c0_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'bp\_lr0.03', \
     $c1_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'bp\_lr0.1', \
     $c2_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'bp\_lr0.3', \
     $c3_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'dfa\_lr0.001', \
     $c4_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'dfa\_lr0.003', \
     $c5_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.304233
set origin 0.5, 0.664021
plot $c6_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'dfa\_lr0.01', \
     $c6_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'dfa\_lr0.03', \
     $c7_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'drtp\_lr0.001', \
     $c8_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'drtp\_lr0.003', \
     $c9_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'drtp\_lr0.01', \
     $c10_1 using 1:($2 > 0 ? $2 : NaN) with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 5 notitle, \
     $c11_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'drtp\_tanh\_lr0.003', \
     $c11_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.359788
plot $c12_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'drtp\_tanh\_lr0.01', \
     $c12_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c13_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'drtp\_tanh\_lr0.03', \
     $c13_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c14_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'drtp\_tanh\_lr0.1', \
     $c14_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c15_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'ff\_lr0.003', \
     $c15_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c16_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'ff\_lr0.01', \
     $c16_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c17_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'ff\_lr0.03', \
     $c17_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0.5, 0.359788
plot $c18_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'ff\_symba\_lr0.003', \
     $c18_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c19_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'ff\_symba\_lr0.01', \
     $c19_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c20_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'ff\_symba\_lr0.03', \
     $c20_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c21_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'ff\_symba\_lr0.1', \
     $c21_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c22_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'ff\_symba\_lr0.3', \
     $c22_1 using 1:($2 > 0 ? $2 : NaN) with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 5 notitle, \
     $c23_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'local\_head\_lr0.01', \
     $c23_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.304233
set origin 0, 0.0555556
plot $c24_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'local\_head\_lr0.03', \
     $c24_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 1 notitle, \
     $c25_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'local\_head\_lr0.1', \
     $c25_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 2 notitle, \
     $c26_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'local\_head\_lr0.3', \
     $c26_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 3 notitle, \
     $c27_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'pepita\_lr0.01', \
     $c27_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 4 notitle, \
     $c28_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'pepita\_lr0.03', \
     $c28_1 using 1:($2 > 0 ? $2 : NaN) with lines dt 2 lw 1 lc 5 notitle, \
     $c29_0 using 1:($2 > 0 ? $2 : NaN) with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'pepita\_lr0.1', \
     $c29_1 using 1:($2 > 0 ? $2 : NaN) with linespoints pt 6 dt 2 lw 1 ps 1.2 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
