# fflab learning curves: validation error per evaluated epoch (solid) and the running train error (dashed)
$c0_0 << EOD
1 86.3 86.3 86.3
2 61.3 61.3 61.3
EOD
$c0_1 << EOD
1 24.59 24.59 24.59
2 19.3 19.3 19.3
EOD
$c1_0 << EOD
1 86.1 86.1 86.1
2 77.95 77.95 77.95
EOD
$c1_1 << EOD
1 25.48 25.48 25.48
2 10.98 10.98 10.98
EOD
$c2_0 << EOD
1 89.75 89.75 89.75
2 90.65 90.65 90.65
EOD
$c2_1 << EOD
1 89.96 89.96 89.96
2 89.69 89.69 89.69
EOD
$c3_0 << EOD
1 25.4 25.4 25.4
2 24.7 24.7 24.7
EOD
$c3_1 << EOD
1 38.51 38.51 38.51
2 38.41 38.41 38.41
EOD
$c4_0 << EOD
1 29.25 29.25 29.25
2 17.3 17.3 17.3
EOD
$c4_1 << EOD
1 35.56 35.56 35.56
2 16.46 16.46 16.46
EOD
$c5_0 << EOD
1 75.45 75.45 75.45
2 73.6 73.6 73.6
EOD
$c5_1 << EOD
1 23.47 23.47 23.47
2 11.07 11.07 11.07
EOD
$c6_0 << EOD
1 78.3 78.3 78.3
2 49.4 49.4 49.4
EOD
$c6_1 << EOD
1 26.36 26.36 26.36
2 9.58 9.58 9.58
EOD
$c7_0 << EOD
1 90.15 90.15 90.15
2 82.15 82.15 82.15
EOD
$c7_1 << EOD
1 33.76 33.76 33.76
2 29.3 29.3 29.3
EOD
$c8_0 << EOD
1 89.55 89.55 89.55
2 81.7 81.7 81.7
EOD
$c8_1 << EOD
1 42.85 42.85 42.85
2 18.12 18.12 18.12
EOD
$c9_0 << EOD
1 81.1 81.1 81.1
2 71.25 71.25 71.25
EOD
$c9_1 << EOD
1 36.07 36.07 36.07
2 10.76 10.76 10.76
EOD
$c10_0 << EOD
1 74.85 74.85 74.85
2 76.95 76.95 76.95
EOD
$c10_1 << EOD
1 28.82 28.82 28.82
2 14.15 14.15 14.15
EOD
$c11_0 << EOD
1 86.35 86.35 86.35
2 79.7 79.7 79.7
EOD
$c11_1 << EOD
1 36.71 36.71 36.71
2 13.9 13.9 13.9
EOD
$c12_0 << EOD
1 90.55 90.55 90.55
2 84.65 84.65 84.65
EOD
$c12_1 << EOD
1 23 23 23
2 18.21 18.21 18.21
EOD
$c13_0 << EOD
1 82.4 82.4 82.4
2 85.4 85.4 85.4
EOD
$c13_1 << EOD
1 25.84 25.84 25.84
2 13.5 13.5 13.5
EOD
$c14_0 << EOD
1 85.95 85.95 85.95
2 79.05 79.05 79.05
EOD
$c14_1 << EOD
1 27.52 27.52 27.52
2 10.76 10.76 10.76
EOD
$c15_0 << EOD
1 92.75 92.75 92.75
2 91.15 91.15 91.15
EOD
$c15_1 << EOD
1 21.49 21.49 21.49
2 12.32 12.32 12.32
EOD
$c16_0 << EOD
1 90.8 90.8 90.8
2 88.75 88.75 88.75
EOD
$c16_1 << EOD
1 58.63 58.63 58.63
2 36.48 36.48 36.48
EOD
$c17_0 << EOD
1 85.45 85.45 85.45
2 80.7 80.7 80.7
EOD
$c17_1 << EOD
1 25.63 25.63 25.63
2 13.05 13.05 13.05
EOD
$c18_0 << EOD
1 89.55 89.55 89.55
2 82.6 82.6 82.6
EOD
$c18_1 << EOD
1 24.04 24.04 24.04
2 12.03 12.03 12.03
EOD
$c19_0 << EOD
1 90.15 90.15 90.15
2 90.15 90.15 90.15
EOD
$c19_1 << EOD
1 89.56 89.56 89.56
2 90.05 90.05 90.05
EOD
$c20_0 << EOD
1 86.45 86.45 86.45
2 89.3 89.3 89.3
EOD
$c20_1 << EOD
1 51.77 51.77 51.77
2 43.4 43.4 43.4
EOD
$c21_0 << EOD
1 88.75 88.75 88.75
2 87.55 87.55 87.55
EOD
$c21_1 << EOD
1 43.13 43.13 43.13
2 32.48 32.48 32.48
EOD
$c22_0 << EOD
1 89.6 89.6 89.6
2 86.4 86.4 86.4
EOD
$c22_1 << EOD
1 84.8 84.8 84.8
2 89.96 89.96 89.96
EOD
set terminal svg size 1300,860 dynamic font 'Helvetica,12'
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
set yrange [2.9264:99.4036]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0329302 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'samenet\_lenet\_probe: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.436047
set origin 0, 0.517442
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'adam\_lr0.001', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'adam\_lr0.001\_image\_norm', \
     $c1_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'dense\_2x500\_label\_channels\_sgd\_lr0.01', \
     $c2_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'dense\_2x500\_label\_channels\_sgd\_lr0.01\_image\_norm', \
     $c3_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'dense\_2x500\_label\_pixels\_sgd\_lr0.01', \
     $c4_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'pattern\_sgd\_lr0.0003', \
     $c5_1 using 1:2 with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.436047
set origin 0.5, 0.517442
plot $c6_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'pattern\_sgd\_lr0.001', \
     $c6_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'pattern\_sgd\_lr0.001\_strength0.3', \
     $c7_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'pattern\_sgd\_lr0.001\_strength3', \
     $c8_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'pattern\_sgd\_lr0.001\_wavelength3', \
     $c9_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'pattern\_sgd\_lr0.001\_wavelength8', \
     $c10_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     $c11_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'pattern\_sgd\_lr0.003', \
     $c11_1 using 1:2 with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.436047
set origin 0, 0.0813953
plot $c12_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'pixels\_sgd\_lr0.001', \
     $c12_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c13_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'sgd\_lr0.0003', \
     $c13_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c14_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'sgd\_lr0.0003\_image\_norm', \
     $c14_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c15_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'sgd\_lr0.0003\_image\_norm\_channels', \
     $c15_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c16_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'sgd\_lr0.0003\_image\_norm\_locations', \
     $c16_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     $c17_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'sgd\_lr0.0003\_no\_peer', \
     $c17_1 using 1:2 with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.436047
set origin 0.5, 0.0813953
plot $c18_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'sgd\_lr0.0003\_no\_peer\_image\_norm', \
     $c18_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c19_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'sgd\_lr0.003', \
     $c19_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c20_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'sgd\_lr0.003\_image\_norm', \
     $c20_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c21_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'sgd\_lr0.003\_image\_norm\_channels', \
     $c21_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c22_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'sgd\_lr0.003\_image\_norm\_locations', \
     $c22_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
set terminal pngcairo size 1300,860 font 'Helvetica,10'
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
set yrange [2.9264:99.4036]
set label 90 'solid: validation error at the evaluated epochs' at screen 0.01, screen 0.0329302 left font ',8'
set label 91 'dashed: train error as a running mean over the batches of each epoch, dropout on (the table gives it after training)' at screen 0.01, screen 0.012 left font ',8'
set multiplot title 'samenet\_lenet\_probe: learning curves'
set key outside right top Left reverse samplen 2 font ',9'
set size 0.5, 0.436047
set origin 0, 0.517442
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'adam\_lr0.001', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'adam\_lr0.001\_image\_norm', \
     $c1_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'dense\_2x500\_label\_channels\_sgd\_lr0.01', \
     $c2_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'dense\_2x500\_label\_channels\_sgd\_lr0.01\_image\_norm', \
     $c3_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'dense\_2x500\_label\_pixels\_sgd\_lr0.01', \
     $c4_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'pattern\_sgd\_lr0.0003', \
     $c5_1 using 1:2 with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.436047
set origin 0.5, 0.517442
plot $c6_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'pattern\_sgd\_lr0.001', \
     $c6_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'pattern\_sgd\_lr0.001\_strength0.3', \
     $c7_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'pattern\_sgd\_lr0.001\_strength3', \
     $c8_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'pattern\_sgd\_lr0.001\_wavelength3', \
     $c9_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'pattern\_sgd\_lr0.001\_wavelength8', \
     $c10_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     $c11_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'pattern\_sgd\_lr0.003', \
     $c11_1 using 1:2 with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.436047
set origin 0, 0.0813953
plot $c12_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'pixels\_sgd\_lr0.001', \
     $c12_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c13_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'sgd\_lr0.0003', \
     $c13_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c14_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'sgd\_lr0.0003\_image\_norm', \
     $c14_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c15_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'sgd\_lr0.0003\_image\_norm\_channels', \
     $c15_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c16_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'sgd\_lr0.0003\_image\_norm\_locations', \
     $c16_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     $c17_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'sgd\_lr0.0003\_no\_peer', \
     $c17_1 using 1:2 with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.436047
set origin 0.5, 0.0813953
plot $c18_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'sgd\_lr0.0003\_no\_peer\_image\_norm', \
     $c18_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c19_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'sgd\_lr0.003', \
     $c19_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c20_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'sgd\_lr0.003\_image\_norm', \
     $c20_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c21_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'sgd\_lr0.003\_image\_norm\_channels', \
     $c21_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c22_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'sgd\_lr0.003\_image\_norm\_locations', \
     $c22_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
set terminal pdfcairo size 7in,4.8in font 'Helvetica,6' linewidth 0.6
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
set yrange [2.9264:99.4036]
set bmargin
set multiplot title 'samenet\_lenet\_probe: learning curves'
set key below horizontal Left reverse samplen 1.5 font ',5'
set size 0.5, 0.436047
set origin 0, 0.517442
plot $c0_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'adam\_lr0.001', \
     $c0_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c1_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'adam\_lr0.001\_image\_norm', \
     $c1_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c2_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'dense\_2x500\_label\_channels\_sgd\_lr0.01', \
     $c2_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c3_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'dense\_2x500\_label\_channels\_sgd\_lr0.01\_image\_norm', \
     $c3_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c4_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'dense\_2x500\_label\_pixels\_sgd\_lr0.01', \
     $c4_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     $c5_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'pattern\_sgd\_lr0.0003', \
     $c5_1 using 1:2 with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset label 90
unset label 91
set size 0.5, 0.436047
set origin 0.5, 0.517442
plot $c6_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'pattern\_sgd\_lr0.001', \
     $c6_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c7_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'pattern\_sgd\_lr0.001\_strength0.3', \
     $c7_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c8_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'pattern\_sgd\_lr0.001\_strength3', \
     $c8_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c9_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'pattern\_sgd\_lr0.001\_wavelength3', \
     $c9_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c10_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'pattern\_sgd\_lr0.001\_wavelength8', \
     $c10_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     $c11_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'pattern\_sgd\_lr0.003', \
     $c11_1 using 1:2 with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.436047
set origin 0, 0.0813953
plot $c12_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'pixels\_sgd\_lr0.001', \
     $c12_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c13_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'sgd\_lr0.0003', \
     $c13_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c14_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'sgd\_lr0.0003\_image\_norm', \
     $c14_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c15_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'sgd\_lr0.0003\_image\_norm\_channels', \
     $c15_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c16_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'sgd\_lr0.0003\_image\_norm\_locations', \
     $c16_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     $c17_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 6 title 'sgd\_lr0.0003\_no\_peer', \
     $c17_1 using 1:2 with lines dt 2 lw 1 lc 6 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
set size 0.5, 0.436047
set origin 0.5, 0.0813953
plot $c18_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 1 title 'sgd\_lr0.0003\_no\_peer\_image\_norm', \
     $c18_1 using 1:2 with lines dt 2 lw 1 lc 1 notitle, \
     $c19_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 2 title 'sgd\_lr0.003', \
     $c19_1 using 1:2 with lines dt 2 lw 1 lc 2 notitle, \
     $c20_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 3 title 'sgd\_lr0.003\_image\_norm', \
     $c20_1 using 1:2 with lines dt 2 lw 1 lc 3 notitle, \
     $c21_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 4 title 'sgd\_lr0.003\_image\_norm\_channels', \
     $c21_1 using 1:2 with lines dt 2 lw 1 lc 4 notitle, \
     $c22_0 using 1:2 with linespoints lw 1.5 pt 7 ps 1.2 lc 5 title 'sgd\_lr0.003\_image\_norm\_locations', \
     $c22_1 using 1:2 with lines dt 2 lw 1 lc 5 notitle, \
     keyentry with lines lw 1.5 lc rgb 'black' title 'validation (evaluated epochs)', \
     keyentry with lines dt 2 lc rgb 'black' title 'train (running, dropout on)'
unset multiplot
unset output
